import { describe, expect, it } from 'vitest';

import { englishNameOf } from '../src/index.js';

describe('englishNameOf', () => {
  it('drops the suffix of provinces and prefecture-level cities', () => {
    expect(englishNameOf('青海省', 'PROVINCE')).toBe('Qinghai');
    expect(englishNameOf('北京市', 'PROVINCE')).toBe('Beijing');
    expect(englishNameOf('广西壮族自治区', 'PROVINCE')).toBe('Guangxi');
    expect(englishNameOf('内蒙古自治区', 'PROVINCE')).toBe('Neimenggu');
    expect(englishNameOf('西藏自治区', 'PROVINCE')).toBe('Xizang');
    expect(englishNameOf('西宁市', 'PREFECTURE')).toBe('Xining');
  });

  it('keeps Shaanxi apart from Shanxi', () => {
    expect(englishNameOf('陕西省', 'PROVINCE')).toBe('Shaanxi');
    expect(englishNameOf('山西省', 'PROVINCE')).toBe('Shanxi');
  });

  it('spells out autonomous areas with their nationalities', () => {
    expect(englishNameOf('海北藏族自治州', 'PREFECTURE')).toBe('Haibei Zangzu Zizhizhou');
    expect(englishNameOf('海西蒙古族藏族自治州', 'PREFECTURE')).toBe('Haixi Mengguzu Zangzu Zizhizhou');
    expect(englishNameOf('博尔塔拉蒙古自治州', 'PREFECTURE')).toBe("Bo'ertala Menggu Zizhizhou");
    expect(englishNameOf('大通回族土族自治县', 'COUNTY')).toBe('Datong Huizu Tuzu Zizhixian');
    expect(englishNameOf('河南蒙古族自治县', 'COUNTY')).toBe('Henan Mengguzu Zizhixian');
  });

  it('keeps the suffix of counties, districts and county-level cities', () => {
    expect(englishNameOf('城东区', 'COUNTY')).toBe('Chengdong Qu');
    expect(englishNameOf('湟源县', 'COUNTY')).toBe('Huangyuan Xian');
    expect(englishNameOf('格尔木市', 'COUNTY')).toBe("Ge'ermu Shi");
    expect(englishNameOf('大柴旦行政委员会', 'COUNTY')).toBe('Dachaidan Xingzheng Weiyuanhui');
    expect(englishNameOf('阿荣旗', 'COUNTY')).toBe('Arong Qi');
  });

  it('names township-level units by their kind', () => {
    expect(englishNameOf('桥头镇', 'TOWNSHIP')).toBe('Qiaotou Zhen');
    expect(englishNameOf('青林乡', 'TOWNSHIP')).toBe('Qinglin Xiang');
    expect(englishNameOf('东关大街街道', 'TOWNSHIP')).toBe('Dongguandajie Jiedao');
    expect(englishNameOf('保康街道办事处', 'TOWNSHIP')).toBe('Baokang Jiedao');
    expect(englishNameOf('群加藏族乡', 'TOWNSHIP')).toBe('Qunjia Zangzu Xiang');
    expect(englishNameOf('皇城蒙古族乡', 'TOWNSHIP')).toBe('Huangcheng Mengguzu Xiang');
    expect(englishNameOf('达尔汗苏木', 'TOWNSHIP')).toBe("Da'erhan Sumu");
  });

  it('separates ambiguous syllables with an apostrophe', () => {
    expect(englishNameOf('西安市', 'PREFECTURE')).toBe("Xi'an");
    expect(englishNameOf('平安区', 'COUNTY')).toBe("Ping'an Qu");
    expect(englishNameOf('鲁沙尔镇', 'TOWNSHIP')).toBe("Lusha'er Zhen");
    expect(englishNameOf('海南省', 'PROVINCE')).toBe('Hainan');
  });

  it('reads place-name polyphones as places are called', () => {
    expect(englishNameOf('乐都区', 'COUNTY')).toBe('Ledu Qu');
    expect(englishNameOf('都兰县', 'COUNTY')).toBe('Dulan Xian');
    expect(englishNameOf('称多县', 'COUNTY')).toBe('Chenduo Xian');
    expect(englishNameOf('喀什地区', 'PREFECTURE')).toBe('Kashi Diqu');
    expect(englishNameOf('重庆市', 'PROVINCE')).toBe('Chongqing');
    expect(englishNameOf('乐亭县', 'COUNTY')).toBe('Laoting Xian');
    expect(englishNameOf('六安市', 'PREFECTURE')).toBe("Lu'an");
    expect(englishNameOf('吕梁市', 'PREFECTURE')).toBe('Lüliang');
  });

  it('romanises names without a known suffix whole, keeping other characters', () => {
    expect(englishNameOf('门源监狱', 'TOWNSHIP')).toBe('Menyuanjianyu');
    expect(englishNameOf('大安经济开发区（省级）', 'TOWNSHIP')).toBe("Da'anjingjikaifaqu (Shengji)");
    expect(englishNameOf('八五〇农场', 'TOWNSHIP')).toBe('Bawuling Nongchang');
  });
});
