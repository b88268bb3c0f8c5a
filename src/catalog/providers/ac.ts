// AC openapi (seed 001): adding a member user. Every parameter travels as an HTTP header under its own name, and the
// token (profile `token=` or AC_TOKEN) goes in the `token` header.
import type { CatalogData } from '../types.js';

export const AC_CATALOG: CatalogData = {
  apis: [
    {
      name: 'AddMemberUser',
      provider: 'ac',
      family: 'user',
      method: 'POST',
      path: '/ac/openapi/v2/user/member',
      summary: 'Add a member user as a user group administrator and grant it computing centres',
      zh: '用户组管理员添加成员用户并授权区域',
      params: [
        {
          name: 'userName',
          type: 'string',
          required: true,
          location: 'header',
          desc: 'the user name: 4-16 letters, digits or underscores, not starting with a digit or underscore',
          zh: '用户名,规则:4~16位数字、字母或下划线,不能以数字、下划线开头',
        },
        { name: 'userFullName', type: 'string', required: true, location: 'header', desc: "the user's full name", zh: '用户姓名' },
        {
          name: 'clusterIds',
          type: 'list',
          required: true,
          nonEmpty: true,
          location: 'header',
          desc: 'computing centre IDs, comma-separated: regions this administrator may grant to members',
          zh: '计算中心Id,多个计算中心用英文逗号,分隔,该参数必须是执行接口的用户可以作为组管理员分配给成员的区域ID',
        },
        {
          name: 'password',
          type: 'string',
          location: 'header',
          password: 'plain',
          desc: '6-30 characters with at least two of upper case, lower case, digits and symbols, no spaces; without it, give email or mobilephoneNum',
          zh: '密码,规则:6~30位字符,大写字母、小写字母、数字、符号至少包含2种,不可有空格。该值若不填,则邮箱或手机号至少填一项',
        },
        {
          name: 'email',
          type: 'string',
          location: 'header',
          default: '',
          sendsDefault: true,
          desc: 'platform notices go to this address; always sent, may be empty',
          zh: '邮件,若填写会向此邮箱发送平台相关通知。该参数必传,值可为空',
        },
        {
          name: 'mobilephoneNum',
          type: 'string',
          location: 'header',
          default: '',
          sendsDefault: true,
          desc: 'platform notices go to this number; always sent, may be empty',
          zh: '手机号,若填写向此手机发送平台相关通知。该参数必传,值可为空',
        },
      ],
      response: ['code', 'msg', 'data'],
      example: ['userName=stest', 'userFullName=stest', 'clusterIds=11112', 'password=stest@123'],
    },
  ],
  inventories: [],
};
